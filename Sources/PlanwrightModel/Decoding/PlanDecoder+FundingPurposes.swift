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
            let share = purpose["share"].flatMap { n in reader.share(n, purpose.describing("share")).map { Located($0, at: n.location) } }
            let atLeast = purpose["at_least"].flatMap { n in reader.share(n, purpose.describing("at_least")).map { Located($0, at: n.location) } }
            let atMost = purpose["at_most"].flatMap { n in reader.share(n, purpose.describing("at_most")).map { Located($0, at: n.location) } }
            var categories: [CostCategory] = []
            for categoryNode in reader.list(purpose, "categories") {
                guard let category = reader.choice(categoryNode, Message("decode_category_of_purpose", ["id": .text(id ?? "?")]), as: CostCategory.self) else { continue }
                if let other = seen[category] {
                    reader.error(Message("decode_purpose_category_twice", ["category": .message(category.phrase), "other": .text(other)]),
                                 at: categoryNode)
                    continue
                }
                seen[category] = id ?? "?"
                categories.append(category)
            }
            let caps = reader.list(purpose, "caps").compactMap { capNode -> PurposeCap? in
                guard let cap = reader.fields(of: capNode, PlanShapes.purposeCap), let most = cap["at_most"].flatMap({ reader.share($0, cap.describing("at_most")) })
                else { return nil }
                let capped = reader.list(cap, "categories").compactMap { reader.choice($0, Message("decode_category_under_caps"), as: CostCategory.self) }
                return capped.isEmpty ? nil : PurposeCap(categories: capped, share: most)
            }
            guard let id, let name, let share else { continue }
            purposes.append(FundingPurpose(id: id, name: name, share: share, atLeast: atLeast, atMost: atMost, categories: categories,
                                           caps: caps, location: node.location))
        }
        let sum = purposes.reduce(0) { $0 + $1.share.value.basisPoints }
        if sum > Share.whole, let node = fields["purposes"] {
            reader.error(Message("decode_purposes_sum_over", ["sum": .text(Share(basisPoints: sum).description)]), at: node)
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
                let from: Message.Value = restrictions.minimumsFrom == nil ? .text("") : .message(Message("decode_purpose_minimums_from"))
                reader.error(Message("decode_purpose_below_least", ["id": .text(purpose.id), "source": .text(source), "share": .text(share.description),
                                                                    "least": .text(least.description), "from": from]),
                             at: purpose.share.location)
            }
            if let most = purpose.atMost?.value, share > most {
                reader.error(Message("decode_purpose_above_most", ["id": .text(purpose.id), "source": .text(source), "share": .text(share.description),
                                                                   "most": .text(most.description)]),
                             at: purpose.share.location)
            }
        }
    }
}
