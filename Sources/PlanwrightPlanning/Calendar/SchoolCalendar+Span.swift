import PlanwrightModel

extension SchoolCalendar {
    /// Whether school is held on any day from `from` through `to`.
    func hasSchoolDay(from: SchoolDate, to: SchoolDate) -> Bool {
        index(onOrAfter: from) < index(onOrAfter: to.adding(days: 1))
    }
}
