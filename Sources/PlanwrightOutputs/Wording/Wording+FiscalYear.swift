import PlanwrightDocument
import PlanwrightModel

/// Fiscal years as each language names them ("FY2027" in English, "AF2027" in Spanish, for año
/// fiscal): every budget sentence, table and chart of the pages asks here, so a page in another
/// language never shows the English abbreviation.
extension Wording {
    /// "FY2027". The year is written as digits, never grouped as a number ("2.027").
    func fiscalYear(_ year: FiscalYear) -> String { say(year.phrase) }

    /// "FY2027–FY2031", or "FY2027" when it is one year.
    func fiscalYears(_ first: FiscalYear, _ last: FiscalYear) -> String { say(FiscalYear.spanPhrase(first, last)) }
}
