/// The short key hints the status bar shows for the focused pane.
public enum KeyHints {
    /// The hints for a state.
    public static func hints(for state: BrowserState) -> String {
        if state.showsHelp { return "j/k scroll  any key closes" }
        if state.search.isActive { return "type to search  ↑↓ choose  ⏎ open  Esc close" }
        let common = "/ search  ? help  q quit"
        switch (state.location, state.focus) {
        case (.articles, .primary): return "⏎ read  s sort  Tab detail  " + common
        case (.entities, .primary): return "⏎ open  f kind  Tab detail  " + common
        case (.deals, .primary): return "⏎ evidence  f kind  c company  x clear  " + common
        case (.profile, .primary): return "⏎ open  d deals  ⌫ back  " + common
        case (.reader, .primary): return "j/k scroll  Tab facts  ⌫ back  " + common
        case (.reader, .secondary): return "⏎ mark evidence  Tab text  ⌫ back  " + common
        case (_, .secondary): return "j/k scroll  Tab list  ⌫ back  " + common
        }
    }
}
