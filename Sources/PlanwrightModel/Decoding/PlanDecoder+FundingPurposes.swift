import PlanwrightDocument

/// A source's `purposes:` (its parts by purpose) and the rules the plan's own numbers must
/// keep: each share within what the source's rules allow, the shares within the whole, and each
/// cost category drawing on one purpose.
extension PlanDecoder {
    func decodePurposes(_ fields: Fields) -> [FundingPurpose] {
        var seen: [CostCategory: String] = [:]
        var purposes: [FundingPurpose] = []
        for node in reader.list(fields, "purposes") {
            guard let purpose = reader.fields(of: node, PlanShapes.purpose) else { continue }
            let id = reader.identifier(purpose, "id"), name = reader.text(purpose, "name")
            let share = purpose["share"].flatMap { n in reader.share(n, purpose.describe("share")).map { Located($0, at: n.location) } }
            let atLeast = purpose["at_least"].flatMap { n in reader.share(n, purpose.describe("at_least")).map { Located($0, at: n.location) } }
            let atMost = purpose["at_most"].flatMap { n in reader.share(n, purpose.describe("at_most")).map { Located($0, at: n.location) } }
            var categories: [CostCategory] = []
            for categoryNode in reader.list(purpose, "categories") {
                guard let category = reader.choice(categoryNode, "a category of purpose '\(id ?? "?")'", as: CostCategory.self) else { continue }
                if let other = seen[category] {
                    reader.error(english: "\(category.words) is under purpose '\(other)' already; a cost category draws on one purpose, so a cost knows which part pays it",
                                 at: categoryNode)
                    continue
                }
                seen[category] = id ?? "?"
                categories.append(category)
            }
            let caps = reader.list(purpose, "caps").compactMap { capNode -> PurposeCap? in
                guard let cap = reader.fields(of: capNode, PlanShapes.purposeCap), let most = cap["at_most"].flatMap({ reader.share($0, cap.describe("at_most")) })
                else { return nil }
                let capped = reader.list(cap, "categories").compactMap { reader.choice($0, "a category under 'caps'", as: CostCategory.self) }
                return capped.isEmpty ? nil : PurposeCap(categories: capped, share: most)
            }
            guard let id, let name, let share else { continue }
            purposes.append(FundingPurpose(id: id, name: name, share: share, atLeast: atLeast, atMost: atMost, categories: categories,
                                           caps: caps, location: node.location))
        }
        let sum = purposes.reduce(0) { $0 + $1.share.value.basisPoints }
        if sum > Share.whole, let node = fields["purposes"] {
            reader.error(english: "the shares under 'purposes' add up to \(Share(basisPoints: sum)), more than the whole source; they must add up to 100% or less", at: node)
        }
        return purposes
    }

    /// Each purpose's share within its `at_least` and `at_most`; `at_least` only when the source
    /// gives at least `minimums_from` a year (a small Title IV-A allocation may go to one area).
    func checkPurposeShares(_ restrictions: FundingRestrictions, yearly: Money?, source: String) {
        for purpose in restrictions.purposes {
            let share = purpose.share.value
            if let least = purpose.atLeast?.value, share < least,
               restrictions.minimumsFrom.map({ floor in yearly.map { $0 >= floor } ?? true }) ?? true {
                let from = restrictions.minimumsFrom == nil ? "" : " for a source that gives its 'minimums_from' a year or more"
                reader.error(english: "purpose '\(purpose.id)' of '\(source)' keeps \(share) of it, but its rules ask for at least \(least)\(from); keep at least \(least) for it",
                             at: purpose.share.location)
            }
            if let most = purpose.atMost?.value, share > most {
                reader.error(english: "purpose '\(purpose.id)' of '\(source)' keeps \(share) of it, but its rules allow at most \(most); keep \(most) or less for it",
                             at: purpose.share.location)
            }
        }
    }
}
