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
}
