import Testing
@testable import PlanwrightDocument

struct FileSizeTests {
    @Test func wholeMegabytesFromOneUp() {
        #expect(FileSize(bytes: 64 * 1_048_576).description == "64 MB")
        #expect(FileSize(bytes: 2 * 1_048_576 - 1).description == "1 MB")
    }

    @Test func kilobytesBelowOneMegabyteNeverZero() {
        #expect(FileSize(bytes: 1_048_575).description == "1023 KB")
        #expect(FileSize(bytes: 10).description == "1 KB")
    }

    @Test func theLimitIsInclusive() {
        var limits = LoaderLimits()
        limits.maxFileBytes = 100
        #expect(!limits.isTooLarge(100))
        #expect(limits.isTooLarge(101))
    }

    /// A plan too large is refused with both sizes in the reader's language, not English inside Spanish.
    @Test func aPlanTooLargeNamesBothSizesInSpanish() throws {
        var limits = LoaderLimits()
        limits.maxFileBytes = 2 * 1_048_576
        let source = SourceText(path: "big.yaml", bytes: Array(repeating: UInt8(ascii: "#"), count: 3 * 1_048_576))
        let error = try #require(YAMLLoader(limits: limits).load(source).diagnostics.first)
        let spanish = try #require(Wording.load(language: "es").value)
        #expect(spanish.say(error.content) == "el archivo ocupa 3 MB; Planwright lee archivos de hasta 2 MB", "\(spanish.say(error.content))")
    }
}
