import Testing

@Suite struct DemoScreenPlaceholderTests {
    @Test func placeholderIsReplacedByGoldenScreens() { #expect(1 + 1 == 2) }
}
