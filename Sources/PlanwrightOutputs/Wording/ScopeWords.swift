import PlanwrightDocument
import PlanwrightModel

/// Whom work is for, in words: "grades 6–12", "teachers of math, grades 9–12, at Central High",
/// with schools named by `schoolName`; empty for everyone. The phrase is the model's
/// (`Scope.phrase`), so the checks' warnings and the pages word a scope alike.
enum ScopeWords {
    static func whom(_ scope: Scope, schoolName: (String) -> String, _ w: Wording) -> String {
        scope.phrase(schoolName: schoolName).map(w.say) ?? ""
    }
}
