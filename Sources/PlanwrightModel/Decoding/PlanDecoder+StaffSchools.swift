import PlanwrightDocument

extension PlanDecoder {
    /// Where a member of staff works: `school: cbe`, or `schools:` for someone at several, as
    /// ids (`[cbjh, cbhs]`, their time shared equally) or with the share of their time at each
    /// (`{cbjh: 60%, cbhs: 40%}`, adding up to 100%). Their first school is where they are
    /// trained and paired with a champion; nil (with the error said) when neither is written well.
    func staffSchools(_ fields: Fields, at node: YAMLNode) -> (school: Reference, shares: [SchoolShare])? {
        let one = fields["school"], several = fields["schools"]
        if let one, several != nil {
            reader.error("\(fields.context) has both 'school' and 'schools'; write 'school' for one school, or 'schools' for someone who works at several", at: one)
            return nil
        }
        if let one {
            return reader.identifier(one, fields.describe("school")).map { (Reference($0, at: one.location), []) }
        }
        guard let several else {
            reader.error("\(fields.context) has no 'school'; write the id of their school, or 'schools' for someone who works at several, such as schools: [cbjh, cbhs]", at: node)
            return nil
        }
        var shares: [SchoolShare] = []
        var complete = true
        if several.isMapping {
            for pair in several.pairs {
                guard let id = reader.identifier(pair.key, "a school id under \(fields.describe("schools"))") else { complete = false; continue }
                guard let share = reader.share(pair.value, "the share of time at '\(id)'") else { complete = false; continue }
                guard share.basisPoints > 0 else {
                    reader.error("the share of time at '\(id)' is 0%; leave out a school where they do not work", at: pair.value)
                    complete = false; continue
                }
                shares.append(SchoolShare(school: Reference(id, at: pair.key.location), share: share))
            }
            let sum = shares.reduce(0) { $0 + $1.share.basisPoints }
            if complete, !shares.isEmpty, sum != Share.whole {
                reader.error("the shares of time in \(fields.describe("schools")) add up to \(Share(basisPoints: sum)); they must add up to 100%", at: several)
                return nil
            }
        } else {
            let ids = reader.references(fields, "schools", acceptsSingle: true)
            complete = ids.count == reader.list(several, fields.describe("schools"), acceptsSingle: true).count
            // Time shared equally, to a hundredth of a percent; the first schools take what is left over.
            let each = Share.whole / max(ids.count, 1), over = Share.whole - each * ids.count
            shares = ids.enumerated().map { SchoolShare(school: $1, share: Share(basisPoints: each + ($0 < over ? 1 : 0))) }
        }
        guard complete else { return nil }
        guard let first = shares.first else {
            reader.error("\(fields.describe("schools")) names no school; write the ids of the schools where they work, such as [cbjh, cbhs]", at: several)
            return nil
        }
        var seen: Set<String> = []
        for share in shares where !seen.insert(share.school.id).inserted {
            reader.error("\(fields.describe("schools")) names '\(share.school.id)' twice; write each school once", at: share.school.location)
            return nil
        }
        // One school written as a list is simply their school.
        return (first.school, shares.count == 1 ? [] : shares)
    }
}
