/// Placeholder: the gold-set scorer comes with the quality benchmark.
public enum NewsEvaluationInfo {}
