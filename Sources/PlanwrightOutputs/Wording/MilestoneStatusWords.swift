import PlanwrightDocument
import PlanwrightModel

extension MilestoneStatus {
    /// In English, for the diff and the calendar's descriptions, which are written in English;
    /// pages and reports word it in their language (`label`).
    var words: String { label(.english) }
}
