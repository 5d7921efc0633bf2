import Foundation
import NewsImport
import NewsModel
import Testing

@Suite struct FeedReaderTests {
    @Test func rssItemsBecomeArticles() throws {
        let files = try TempFiles()
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Wirtschaft &amp; Börse</title><language>de-de</language>
            <item>
              <title>Konzern kauft 20 % an Start-up</title>
              <link>https://example.org/a</link>
              <guid isPermaLink="false">item-1</guid>
              <pubDate>Tue, 10 Jun 2003 04:05:06 GMT</pubDate>
              <description><![CDATA[<p>Der Konzern &bdquo;Beispiel&ldquo; übernimmt <b>20&nbsp;Prozent</b>.</p><p>Zweiter   Absatz.</p>]]></description>
            </item>
            <item>
              <title>Zweite Meldung</title>
              <link>https://example.org/b</link>
              <description>Text &lt;i&gt;kursiv&lt;/i&gt; hier.</description>
            </item>
            </channel></rss>
            """
        let result = ArticleReader().read(path: try files.write("feed.rss", rss))
        #expect(result.errors.isEmpty)
        #expect(result.articles.count == 2)
        let first = try #require(result.articles.first)
        #expect(first.title == "Konzern kauft 20 % an Start-up")
        #expect(first.paragraphs == ["Der Konzern „Beispiel“ übernimmt 20\u{A0}Prozent.", "Zweiter Absatz."])
        #expect(first.date == "2003-06-10T04:05:06")
        #expect(first.url == "https://example.org/a")
        #expect(first.language == .german)
        #expect(first.source == "Wirtschaft & Börse")
        #expect(first.id.hasPrefix("feed-") && first.id.count == 21)
        #expect(result.articles.last?.paragraphs == ["Text kursiv hier."])
        #expect(result.articles.last?.id != first.id)
    }

    @Test func atomEntriesBecomeArticles() throws {
        let files = try TempFiles()
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Deal News</title>
              <entry>
                <title type="html">Acme &amp;amp; Co agree merger</title>
                <link rel="alternate" href="https://example.com/merger"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2003-12-13T18:30:02Z</updated>
                <summary>Short summary.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Acme said the merger is done.</p><p>Shares rose.</p></div></content>
              </entry>
            </feed>
            """
        let result = ArticleReader().read(path: try files.write("deals.atom", atom))
        #expect(result.errors.isEmpty)
        let entry = try #require(result.articles.first)
        #expect(entry.title == "Acme & Co agree merger")
        #expect(entry.paragraphs == ["Acme said the merger is done.", "Shares rose."])
        #expect(entry.date == "2003-12-13T18:30:02")
        #expect(entry.url == "https://example.com/merger")
        #expect(entry.language == .english)
        #expect(entry.source == "Deal News")
    }
}
