extension PlanDocument {
    /// Each school's milestones and training sessions, for its calendar app.
    static let schoolCalendar = PlanDocument(scope: .eachSchool, contents: .text(
        path: "schools/{school}.ics",
        write: { plan in { school in ICalendarExport.school(school ?? "", in: plan) } }))
}
