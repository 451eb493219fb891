import PlanwrightDocument
import PlanwrightModel

extension GradeSet {
    /// "grade K", "grades 3–5": the grades as messages name them, a range with an en dash.
    var phrase: Message {
        Message("check_grades", count: grades.count, ["grades": .text(String(description.map { $0 == "-" ? "–" : $0 }))])
    }
}
