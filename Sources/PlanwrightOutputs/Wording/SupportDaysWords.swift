import Foundation
import PlanwrightDocument
import PlanwrightPlanning

extension PlannedSupport {
    /// Its days on site in the page's language: "2 days a week", "half a day a week",
    /// "2.5 days a week" (US Spanish writes "2.5" too); nil for none. The budget keeps the tenths.
    func daysWords(_ w: Wording) -> String? {
        guard tenthsOfDaysPerWeek > 0 else { return nil }
        if tenthsOfDaysPerWeek == 5 { return w(.supportHalfDayAWeek) }
        if tenthsOfDaysPerWeek % 10 == 0 { return w.count(.supportDaysAWeek, tenthsOfDaysPerWeek / 10) }
        let days = (Decimal(tenthsOfDaysPerWeek) / 10).formatted(Decimal.FormatStyle(locale: w.formats.locale).precision(.fractionLength(1)))
        return w(.supportDaysAWeekFraction, ["days": days])
    }
}
