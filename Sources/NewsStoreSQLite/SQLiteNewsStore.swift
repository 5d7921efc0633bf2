import GRDB
import NewsModel

/// Placeholder: the SQLite store comes with the foundation issue.
public enum SQLiteNewsStoreInfo {}
