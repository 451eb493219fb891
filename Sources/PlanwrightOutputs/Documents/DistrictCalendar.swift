extension PlanDocument {
    /// Every milestone and training session of the district.
    static let districtCalendar = PlanDocument(scope: .district, contents: .text(
        path: "calendar.ics",
        write: { input in { _ in ICalendarExport.district(input.plan, people: input.people) } }))
}
