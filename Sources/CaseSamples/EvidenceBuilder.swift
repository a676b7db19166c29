import CaseDomain

/// Evidence in every state, further along the closer a case is to its merits hearing.
enum EvidenceBuilder {
    static func items(grounds: [Ground], language: String, progress: Double,
                      random: inout SeededGenerator) -> [EvidenceItem] {
        StartingChecklists.items(for: grounds, language: language).map { start in
            var item = start
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < progress * 0.6 {
                item.status = .filed
            } else if roll < progress * 0.8 {
                item.status = random.pick([.received, .translated])
            } else if roll < progress * 0.9 {
                item.status = .requested
            } else if random.chance(0.05) {
                item.status = .unavailable
                item.unavailableReason = "Records office refuses requests from abroad"
            }
            if item.needsTranslation {
                item.translationCertified = item.status == .filed || item.status == .translated
            }
            return item
        }
    }
}
