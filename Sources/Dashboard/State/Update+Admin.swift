import CaseDomain

extension DashboardState {
    /// `:staff`, `:settings`: the directory or the settings in an overlay, read off the input path.
    mutating func showAdmin(_ topic: AdminTopic) -> [Effect] {
        admin = AdminPanel(topic: topic)
        overlay = .admin
        return [.loadAdmin(topic)]
    }

    /// `:staff add …`, `:settings KEY VALUE`: sent to the store, which checks the role and audits it.
    mutating func administer(_ change: AdminChange) -> [Effect] {
        guard !isReadOnly else {
            message = StatusMessage("Read-only session: the " + change.topic.title.lowercased() + " cannot be changed",
                                    isError: true)
            return []
        }
        message = StatusMessage("Saving…")
        return [.changeAdmin(change)]
    }

    mutating func adminLoaded(_ topic: AdminTopic, _ lines: [String]) -> [Effect] {
        guard var panel = admin, panel.topic == topic else { return [] }
        panel.lines = lines
        panel.failure = nil
        admin = panel
        return []
    }

    mutating func adminFailed(_ topic: AdminTopic, _ text: String) -> [Effect] {
        guard var panel = admin, panel.topic == topic else { return [] }
        panel.failure = text
        admin = panel
        return []
    }

    /// Done: said in the hint bar; the overlay shows the change; a setting can move every deadline.
    mutating func adminChanged(_ change: AdminChange, summary: String) -> [Effect] {
        message = StatusMessage(TextSafety.display(summary))
        if admin == nil || admin?.topic != change.topic {
            admin = AdminPanel(topic: change.topic)
            overlay = .admin
        }
        var effects: [Effect] = [.loadAdmin(change.topic)]
        switch change {
        case .setting: effects += reloadEverything()
        case .addStaff, .removeStaff: break
        }
        return effects
    }
}
