import CaseDomain

/// The next status of an evidence item.
enum EvidenceAdvance {
    static func next(_ status: EvidenceStatus, needsTranslation: Bool) -> EvidenceStatus {
        switch status {
        case .needed: .requested
        case .requested: .received
        case .received: needsTranslation ? .translated : .filed
        case .translated: .filed
        case .filed, .unavailable: status
        }
    }
}
