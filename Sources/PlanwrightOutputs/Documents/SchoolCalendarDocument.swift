import PlanwrightPlanning

extension PlanDocument {
    /// Each school's milestones and training sessions, for its calendar app.
    static let schoolCalendar = PlanDocument(scope: .eachSchool, contents: .text(
        path: "schools/{school}.ics",
        write: { input in { school in ICalendarExport.school(school ?? "", in: input.plan, people: input.people) } }))
}
