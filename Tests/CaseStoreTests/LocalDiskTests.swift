import Foundation
import Testing
@testable import CaseStore

@Suite("Stores only on local disks")
struct LocalDiskTests {
    static let mounts = """
        /dev/vda / ext4 rw,relatime 0 0
        proc /proc proc rw 0 0
        server:/export/firm /srv/firm nfs4 rw,vers=4.2 0 0
        //nas/cases /mnt/cases cifs rw 0 0
        me@host:/data /home/mreyes/remote fuse.sshfs rw 0 0
        /dev/sdb1 /srv/firm/local ext4 rw 0 0
        fuse-overlayfs /containers fuse.fuse-overlayfs rw 0 0
        tmpfs /dev/shm tmpfs rw 0 0
        server:/with\\040space /mnt/with\\040space nfs rw 0 0
        """

    @Test("The filesystem of a path is the one mounted at its longest mount point", arguments: [
        ("/home/mreyes/casedesk/firm.sqlite", "ext4"),
        ("/srv/firm/store.sqlite", "nfs4"),
        ("/srv/firm/local/store.sqlite", "ext4"),
        ("/srv/firmament/store.sqlite", "ext4"),
        ("/mnt/cases/a.sqlite", "cifs"),
        ("/home/mreyes/remote/s.sqlite", "fuse.sshfs"),
        ("/containers/x/s.sqlite", "fuse.fuse-overlayfs"),
        ("/mnt/with space/s.sqlite", "nfs"),
    ])
    func filesystemType(path: String, type: String) {
        #expect(LocalDisk.filesystemType(of: path, mounts: Self.mounts) == type)
    }

    @Test("Network filesystems are named; local ones, overlays and tmpfs are not")
    func networkNames() {
        for type in ["nfs", "nfs4", "cifs", "smb3", "9p", "ceph", "fuse.sshfs", "fuse.rclone"] {
            #expect(LocalDisk.networkName(type) != nil, "\(type)")
        }
        for type in ["ext4", "xfs", "btrfs", "zfs", "tmpfs", "overlay", "fuse.fuse-overlayfs", "fuseblk"] {
            #expect(LocalDisk.networkName(type) == nil, "\(type)")
        }
    }

    @Test("A store on this machine's disk opens")
    func localStoreOpens() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        #expect(throws: Never.self) { try LocalDisk.require(path) }
        #expect(throws: Never.self) { try LocalDisk.require(folder.file("not/yet/made/s.sqlite")) }
        _ = try SQLiteCaseStore.open(path: path, create: true)
        #expect(throws: Never.self) { try LocalDisk.require(path) }
    }
}
