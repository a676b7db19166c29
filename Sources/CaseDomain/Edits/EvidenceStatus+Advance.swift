extension EvidenceStatus {
    /// The next status one key press gives (docs/domain.md, Evidence): needed → requested → received →
    /// translated → filed, skipping `translated` for a document that needs no translation. `filed` and
    /// `unavailable` stay: unavailable asks for a reason, so it is never reached by advancing.
    public func advanced(needsTranslation: Bool) -> EvidenceStatus {
        switch self {
        case .needed: .requested
        case .requested: .received
        case .received: needsTranslation ? .translated : .filed
        case .translated: .filed
        case .filed: .filed
        case .unavailable: .unavailable
        }
    }
}
