import NewsModel

/// The public export format: one JSON object with `articles`, `entities`, `deals`, `stakes` and
/// `quotes`, keys in the documented order, `null` for missing values.
///
/// ```json
/// {"articles":[{"id":…,"title":…,"date":…,"language":…,"source":…}],
///  "entities":[{"id":…,"name":…,"kind":…,"aliases":[…],"articles":[…]}],
///  "deals":[{"kind":…,"acquirer":…,"seller":…,"target":…,"percent":37.6,"amount":120000000,
///            "currency":"USD","date":…,"status":…,"article":…,"evidence":…}],
///  "stakes":[{"holder":…,"company":…,"percent":…,"since":…,"until":…,"article":…,"evidence":…}],
///  "quotes":[{"speaker":…,"role":…,"organization":…,"text":…,"direct":true,"article":…,"evidence":…}]}
/// ```
public enum ExportJSON {
    /// The whole dump as a JSON value.
    public static func value(of dump: ExportDump) -> JSONValue {
        .object([
            ("articles", .array(dump.articles.map(ExportRows.article).map(object))),
            ("entities", .array(dump.entities.map(ExportRows.entity).map(object))),
            ("deals", .array(dump.deals.map(ExportRows.deal).map(object))),
            ("stakes", .array(dump.stakes.map(ExportRows.stake).map(object))),
            ("quotes", .array(dump.quotes.map(ExportRows.quote).map(object))),
        ])
    }

    /// The JSON text: the top-level object with one array element per line, ending in a newline.
    public static func text(of dump: ExportDump) -> String {
        guard case .object(let tables) = value(of: dump) else { return "" }
        var output = "{\n"
        for (tableIndex, (name, rows)) in tables.enumerated() {
            JSONValue.writeString(name, to: &output)
            output += ": ["
            if case .array(let items) = rows, !items.isEmpty {
                output += "\n"
                for (index, item) in items.enumerated() {
                    output += "  "
                    item.write(to: &output)
                    output += index < items.count - 1 ? ",\n" : "\n"
                }
            }
            output += tableIndex < tables.count - 1 ? "],\n" : "]\n"
        }
        return output + "}\n"
    }

    private static func object(_ row: [(String, ExportCell)]) -> JSONValue {
        .object(row.map { key, cell in (key, cell.json) })
    }
}
