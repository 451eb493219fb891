import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

extension CSVExport {
    /// Every line of the budget, for the business office: one fiscal year of one cost, at one
    /// school (or district-wide, with no school), from one source. Amounts plain (`18400.00`),
    /// so a spreadsheet sums them to the cent; `covered` is "no" where the source has no money
    /// on the line's date, or none is named.
    static func budget(_ plan: ImprovementPlan, people: PlannedPeople) -> String {
        let budget = plan.budget
        return CSVText.table(
            header: ["fiscal_year", "date", "item", "category", "kind", "school", "school_name", "goal", "milestone",
                     "source", "source_name", "covered", "units", "unit_amount", "amount"],
            rows: budget.lines.map { line in
                let cost = budget.costs[line.cost]
                return [line.year.description, line.date.description, Wording.english.item(cost.item), cost.category.rawValue, line.kind.rawValue,
                        line.school ?? "", line.school.map { people.schoolName($0) } ?? "",
                        cost.goal ?? "", cost.milestone ?? "",
                        line.source ?? "", line.source.flatMap { budget.source($0)?.name } ?? "",
                        line.isCovered ? "yes" : "no", line.units.map(String.init) ?? "", cost.unitAmount?.plain ?? "", line.amount.plain]
            })
    }
}
