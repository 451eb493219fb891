import PlanwrightPlanning

extension PlanDocument {
    /// Each school's milestones and training sessions, for its calendar app.
    static let schoolCalendar = PlanDocument(scope: .eachSchool, contents: .text(
        path: "schools/{school}.ics",
        write: { plan in
            let people = PlannedPeople(plan)  // once per build, not once per school
            return { school in ICalendarExport.school(school ?? "", in: plan, people: people) }
        }))
}
