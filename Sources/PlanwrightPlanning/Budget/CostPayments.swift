import PlanwrightModel

/// When a cost is paid within the budget's years: its payment dates, each with what kind of
/// payment it is. Payments outside the years are not the budget's: a device fleet bought
/// before them shows only its replacements.
struct CostPayments {
    let first: SchoolDate
    let recurrence: CostRecurrence
    let until: SchoolDate?
    let refreshYears: Int?

    /// Each payment from `first` on, up to `last`, with its kind.
    func dates(within range: ClosedRange<SchoolDate>) -> [(date: SchoolDate, kind: BudgetLine.Kind)] {
        let last = min(until ?? range.upperBound, range.upperBound)
        var result: [(SchoolDate, BudgetLine.Kind)] = []
        switch recurrence {
        case .once:
            if range.contains(first) { result.append((first, .purchase)) }
            guard let refreshYears else { break }
            // Bounded: at most 10 budget years, refreshed every year or more.
            var step = 1
            while true {
                let next = first.adding(months: 12 * refreshYears * step)
                guard next <= last else { break }
                if range.contains(next) { result.append((next, .refresh)) }
                step += 1
            }
        case .year, .month:
            let months = recurrence == .year ? 12 : 1
            // Skip whole periods before the budget starts without walking them one by one.
            var step = 0
            if first < range.lowerBound {
                let (fy, fm, _) = first.components, (sy, sm, _) = range.lowerBound.components
                step = max(0, ((sy - fy) * 12 + (sm - fm)) / months - 1)
            }
            while true {
                let date = first.adding(months: months * step)
                guard date <= last else { break }
                if date >= range.lowerBound { result.append((date, .recurring)) }
                step += 1
            }
        }
        return result
    }
}
