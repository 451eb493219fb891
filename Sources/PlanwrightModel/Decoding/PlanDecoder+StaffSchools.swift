import PlanwrightDocument

extension PlanDecoder {
    /// Where a member of staff works: `school: cbe`, or for someone at several, their ids
    /// (`[cbjh, cbhs]`, their time shared equally) or the share of their time at each
    /// (`{cbjh: 40%, cbhs: 60%}`, adding up to 100%). The school where they spend the most time
    /// (the first written, when equal) is theirs: where they are trained and paired with a
    /// champion, once; nil (with the error said) when it is not written well.
    func staffSchools(_ fields: Fields) -> (school: Reference, shares: [SchoolShare])? {
        guard let node = fields["school"] else { return nil }
        let what = fields.describe("school")
        if node.isScalar {
            return reader.identifier(node, what).map { (Reference($0, at: node.location), []) }
        }
        var shares: [SchoolShare] = []
        var complete = true
        if node.isMapping {
            for pair in node.pairs {
                guard let id = reader.identifier(pair.key, "a school id under \(what)") else { complete = false; continue }
                guard let share = reader.share(pair.value, "the share of time at '\(id)'") else { complete = false; continue }
                guard share.basisPoints > 0 else {
                    reader.error(english: "the share of time at '\(id)' is 0%; leave out a school where they do not work", at: pair.value)
                    complete = false; continue
                }
                shares.append(SchoolShare(school: Reference(id, at: pair.key.location), share: share))
            }
            let sum = shares.reduce(0) { $0 + $1.share.basisPoints }
            if complete, !shares.isEmpty, sum != Share.whole {
                reader.error(english: "the shares of time in \(what) add up to \(Share(basisPoints: sum)); they must add up to 100%", at: node)
                return nil
            }
        } else {
            let items = reader.list(node, what)
            let ids = items.compactMap { item in reader.identifier(item, "each of \(what)").map { Reference($0, at: item.location) } }
            complete = ids.count == items.count
            // Time shared equally, to a hundredth of a percent; the first schools take what is left over.
            let each = Share.whole / max(ids.count, 1), over = Share.whole - each * ids.count
            shares = ids.enumerated().map { SchoolShare(school: $1, share: Share(basisPoints: each + ($0 < over ? 1 : 0))) }
        }
        guard complete else { return nil }
        guard let most = shares.max(by: { $0.share < $1.share }).map(\.share),
              let first = shares.first(where: { $0.share == most }) else {
            reader.error(english: "\(what) names no school; write the id of their school, or the ids of the schools where they work, such as [cbjh, cbhs]", at: node)
            return nil
        }
        var seen: Set<String> = []
        for share in shares where !seen.insert(share.school.id).inserted {
            reader.error(english: "\(what) names '\(share.school.id)' twice; write each school once", at: share.school.location)
            return nil
        }
        // One school written as a list is simply their school.
        return (first.school, shares.count == 1 ? [] : shares)
    }
}
