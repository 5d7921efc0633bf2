import NewsModel

/// Placeholder: the readers for text, JSON and feed files come with the foundation issue.
public enum ArticleReader {}
