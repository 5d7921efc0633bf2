import Foundation

import NewsModel

/// The export as CSV: one file per table (`articles.csv`, `entities.csv`, `deals.csv`,
/// `stakes.csv`, `quotes.csv`), columns as in the JSON export, RFC 4180 quoting, lists joined
/// with "|", empty fields for missing values.
public enum ExportCSV {
    /// File name and content of each table.
    public static func files(of dump: ExportDump) -> [(name: String, text: String)] {
        ExportRows.rows(of: dump).map { table in
            var text = table.columns.map(field).joined(separator: ",") + "\r\n"
            for row in table.rows {
                text += row.map { field($0.csv) }.joined(separator: ",") + "\r\n"
            }
            return (table.table + ".csv", text)
        }
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
