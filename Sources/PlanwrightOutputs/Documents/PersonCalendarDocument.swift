import PlanwrightPlanning

extension PlanDocument {
    /// Each member of staff's own training sessions (and a champion's as facilitator), to subscribe to.
    static let personCalendar = PlanDocument(scope: .eachPerson, contents: .text(
        path: "people/{person}.ics",
        write: { input in
            let calendar = PersonCalendar(input.plan, people: input.people)
            return { person in calendar.render(person ?? "") }
        }))
}
