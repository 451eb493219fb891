extension PlanDocument {
    /// Every milestone and training session of the district.
    static let districtCalendar = PlanDocument(scope: .district, contents: .text(
        path: "calendar.ics",
        write: { plan in { _ in ICalendarExport.district(plan) } }))
}
