import PlanwrightDocument
import PlanwrightModel

extension Wording {
    /// A day in this language, with its year only where `dates` says one is needed (outside the
    /// plan's school year): "Fri, Sep 4" in English, as `PeopleDates` writes it.
    func day(_ date: SchoolDate, in dates: PeopleDates) -> String { day(date, withYear: dates.needsYear(date)) }
}
