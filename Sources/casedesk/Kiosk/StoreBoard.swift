import CaseDomain
import CaseStore
import Kiosk
import KioskProjection

/// The board made from a store, as `publish-board` writes it and `kiosk` shows it: the store's review
/// candidates, its open cases' paralegals and the staff directory through `BoardProjection`, the codes
/// the store's `kioskOpaqueCodes` asks for. Reads only.
enum StoreBoard {
    /// Opens the store read-only for the board; a missing store is an error, never created (not even the
    /// default one, which other commands make on first use).
    static func open(_ options: StoreOptions, waitingForUpgrade: Bool) throws -> CommandContext {
        let path = try options.target().location.path
        guard CaseStores.exists(at: path) else { throw CLIError("no store at \(TextSafety.display(path))") }
        return try options.context(readOnly: true, waitingForUpgrade: waitingForUpgrade)
    }

    static func board(from store: any CaseRepository, now: Now, settings: StoreSettings) throws -> KioskBoard {
        let codes: BoardProjection.Codes
        if settings.kioskOpaqueCodes {
            guard let secret = try store.kioskCodeSecret() else {
                throw CLIError("kioskOpaqueCodes is on but the store has no code secret yet; open it once for writing "
                               + "(for example `casedesk check`) and publish again")
            }
            codes = .opaque(secret: secret)
        } else {
            codes = .matters
        }
        let time = now.time ?? Now.clock(timeZone: settings.timeZone).time
        let input = BoardProjection.Input(
            date: now.date, generatedAt: now.date.iso + "T" + (time?.text ?? "00:00"), timeZone: settings.timeZone,
            candidates: try store.reviewCandidates(date: now.date, user: nil),
            openCaseParalegals: try store.caseListRows(sortedBy: .nextDeadline).filter(\.isOpen).map(\.paralegal),
            initials: Dictionary(try store.staff().map { ($0.login, $0.initials) }) { first, _ in first },
            codes: codes)
        return BoardProjection.board(input)
    }
}
