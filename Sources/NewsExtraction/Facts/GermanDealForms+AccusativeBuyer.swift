import NewsModel

extension GermanDealRules {
    /// Whether the party at item `index` follows "an die" (at most two words between: "an die italienische Y"):
    /// after a sale verb that is the buyer in the accusative, never the company whose stake is sold ("an der X").
    func isAccusativeAn(before index: Int) -> Bool {
        var k = index - 1
        while k >= 1, index - k <= 3 {
            if view.word(k) == "die" { return view.word(k - 1) == "an" }
            if view.items[k].hasMention { return false }
            k -= 1
        }
        return false
    }
}
