import PlanwrightDocument

extension PlanDecoder {
    /// Where a member of staff works: `school: cbe`, or for someone at several, their ids
    /// (`[cbjh, cbhs]`, their time shared equally) or the share of their time at each
    /// (`{cbjh: 40%, cbhs: 60%}`, adding up to 100%). The school where they spend the most time
    /// (the first written, when equal) is theirs: where they are trained and paired with a
    /// champion, once; nil (with the error said) when it is not written well.
    func staffSchools(_ fields: Fields) -> (school: Reference, shares: [SchoolShare])? {
        guard let node = fields["school"] else { return nil }
        let what = fields.describing("school")
        if node.isScalar {
            return reader.identifier(node, what).map { (Reference($0, at: node.location), []) }
        }
        var shares: [SchoolShare] = []
        var complete = true
        if node.isMapping {
            for pair in node.pairs {
                guard let id = reader.identifier(pair.key, Message("decode_school_id_under", ["what": .message(what)])) else { complete = false; continue }
                guard let share = reader.share(pair.value, Self.shareOfTime(at: id)) else { complete = false; continue }
                guard share.basisPoints > 0 else {
                    reader.error(Message("decode_school_share_zero", ["what": .message(Self.shareOfTime(at: id))]), at: pair.value)
                    complete = false; continue
                }
                shares.append(SchoolShare(school: Reference(id, at: pair.key.location), share: share))
            }
            let sum = shares.reduce(0) { $0 + $1.share.basisPoints }
            if complete, !shares.isEmpty, sum != Share.whole {
                reader.error(Message("decode_school_shares_sum", ["what": .message(what), "sum": .text(Share(basisPoints: sum).description)]), at: node)
                return nil
            }
        } else {
            let items = reader.list(node, what)
            let ids = items.compactMap { item in reader.identifier(item, Message("decode_each_of", ["what": .message(what)])).map { Reference($0, at: item.location) } }
            complete = ids.count == items.count
            // Time shared equally, to a hundredth of a percent; the first schools take what is left over.
            let each = Share.whole / max(ids.count, 1), over = Share.whole - each * ids.count
            shares = ids.enumerated().map { SchoolShare(school: $1, share: Share(basisPoints: each + ($0 < over ? 1 : 0))) }
        }
        guard complete else { return nil }
        guard let most = shares.max(by: { $0.share < $1.share }).map(\.share),
              let first = shares.first(where: { $0.share == most }) else {
            reader.error(Message("decode_school_none", ["what": .message(what)]), at: node)
            return nil
        }
        var seen: Set<String> = []
        for share in shares where !seen.insert(share.school.id).inserted {
            reader.error(Message("decode_school_twice", ["what": .message(what), "id": .text(share.school.id)]), at: share.school.location)
            return nil
        }
        // One school written as a list is simply their school.
        return (first.school, shares.count == 1 ? [] : shares)
    }

    /// "the share of time at 'cbjh'": what a share under a member of staff's `school` is.
    private static func shareOfTime(at id: String) -> Message { Message("decode_share_of_time_at", ["id": .text(id)]) }
}
