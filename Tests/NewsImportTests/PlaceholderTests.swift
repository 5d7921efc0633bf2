import NewsModel
import Testing

@Suite struct ArticleModelTests {
    @Test func textJoinsParagraphsWithABlankLine() {
        let article = Article(id: "a", title: "T", paragraphs: ["one", "two"], language: .german)
        #expect(article.text == "one\n\ntwo")
        #expect(article.contentHash.count == 16)
    }
}
