import Testing
@testable import PlanwrightModel

/// Money is exact: read from the plan's text, summed, split and shown without binary floating point.
struct MoneyTests {
    @Test func amountsAreReadAsThePlanWritesThem() {
        #expect(Money(written: "18400")?.cents == 1_840_000)
        #expect(Money(written: "18,400.50")?.cents == 1_840_050)
        #expect(Money(written: "$18,400")?.cents == 1_840_000)
        #expect(Money(written: "0.1")?.cents == 10)
        #expect(Money(written: "199.43")?.cents == 19_943)
        #expect(Money(written: "1,000,000,000")?.cents == 100_000_000_000)
    }

    @Test func whatIsNotAnAmountIsRefused() {
        for text in ["12.345", "1,84,00", "18,40", "abc", "", "$", "1.", ".5", "1e5", "1,000,000,000.01", "12 000"] {
            #expect(Money(written: text) == nil, "\(text)")
        }
    }

    @Test func tenCentsTenThousandTimesIsAThousandDollarsExactly() {
        // 0.1 has no exact binary form: a Double sum drifts, cents do not.
        let dime = Money(written: "0.10")!
        let sum = (0..<10_000).reduce(Money.zero) { sum, _ in sum + dime }
        #expect(sum == Money(dollars: 1_000))
        #expect((0..<10_000).reduce(0.0) { sum, _ in sum + 0.1 } != 1_000)
    }

    @Test func sharesRoundHalfACentAwayFromZeroAndSplitsAddUp() {
        let amount = Money(cents: 1_001)  // $10.01
        #expect(amount.share(Share(written: "50%")!).cents == 501)  // 500.5 rounds up
        #expect(Money(cents: -1_001).share(Share(written: "50%")!).cents == -501)
        let thirds = Money(dollars: 100).split([Share(basisPoints: 3_333), Share(basisPoints: 3_333), Share(basisPoints: 3_334)])
        #expect(thirds.map(\.cents) == [3_333, 3_333, 3_334])
        #expect(thirds.reduce(.zero, +) == Money(dollars: 100))
    }

    @Test func peopleReadWholeDollarsAndCentsOnlyWhereThereAreSome() {
        let usd = Currency.usd
        #expect(usd.words(Money(dollars: 18_400)) == "$18,400")
        #expect(usd.words(Money(cents: 1_840_050)) == "$18,400.50")
        #expect(usd.words(Money(cents: 5)) == "$0.05")
        #expect(usd.words(Money(dollars: -1_200)) == "-$1,200")
        #expect(usd.change(Money(dollars: 42_000)) == "+$42,000")
        #expect(Currency(code: "CHF").words(Money(dollars: 950)) == "950 CHF")
        #expect(Money(cents: 1_840_000).plain == "18400.00")
        #expect(Money(cents: -5).plain == "-0.05")
    }

    @Test func percentagesAreExactToAHundredth() {
        #expect(Share(written: "15%")?.basisPoints == 1_500)
        #expect(Share(written: "12.5%")?.description == "12.5%")
        #expect(Share(written: "33.33")?.description == "33.33%")
        #expect(Share(written: "100%") == .all)
        for text in ["101%", "-5%", "12.345%", "half"] { #expect(Share(written: text) == nil, "\(text)") }
    }

    @Test func fiscalYearsAreNamedByTheYearTheyEndIn() {
        let july = FiscalCalendar()
        #expect(july.year(of: SchoolDate(iso: "2026-06-30")!) == FiscalYear(endingYear: 2026))
        #expect(july.year(of: SchoolDate(iso: "2026-07-01")!) == FiscalYear(endingYear: 2027))
        #expect(july.firstDay(of: FiscalYear(endingYear: 2027)) == SchoolDate(iso: "2026-07-01"))
        #expect(july.lastDay(of: FiscalYear(endingYear: 2027)) == SchoolDate(iso: "2027-06-30"))
        let january = FiscalCalendar(startMonth: 1, startDay: 1)
        #expect(january.year(of: SchoolDate(iso: "2026-12-31")!) == FiscalYear(endingYear: 2026))
        #expect(january.firstDay(of: FiscalYear(endingYear: 2027)) == SchoolDate(iso: "2027-01-01"))
        #expect(FiscalYear(written: "fy2028") == FiscalYear(endingYear: 2028))
        #expect(FiscalYear(written: "FY28") == nil)
        #expect(SchoolDate(iso: "2027-01-31")!.adding(months: 1) == SchoolDate(iso: "2027-02-28"))
    }

    @Test func sharesByEnrollmentAddUpToTheWhole() {
        // $100 for schools of 1, 1 and 1 students: 33.33, 33.33 and what is left.
        #expect(Money(dollars: 100).split(weights: [1, 1, 1]).map(\.cents) == [3_333, 3_333, 3_334])
        #expect(Money(cents: 118_440_00).split(weights: [418, 668]).map(\.cents) == [45_587_40, 72_852_60])
    }
}
