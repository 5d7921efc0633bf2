import NewsModel

// MARK: - HOOK FOR THE TERMINAL UI (the lead wires BrowserCore + TerminalUI here)

/// Starts the interactive browser on `store` and returns when the user quits.
///
/// For now it prints one line; replace the body with the TerminalUI run loop.
func runBrowser(store: any NewsStore) throws {
    let count = try store.articleCount()
    print("newsbrowse: \(count) articles stored; the terminal browser is not wired up yet.")
}
