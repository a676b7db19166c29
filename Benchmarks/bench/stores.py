"""Where the benchmark's stores live: SQLite files in the work folder, or databases on a PostgreSQL server.

The figures are measured by the same code for both (bench/main.py); a backend only says what `--db` names
for a store, how a store is made empty or copied for a run that must start from the same state, and which
plain client reads the list's rows as the floor (sqlite3 or psql).
"""
import os, subprocess, urllib.parse
from .commands import copy_store, timed


class SQLiteStores:
    """Store files in `work`: `name` becomes `work/name.sqlite` (and its WAL)."""
    backend = "sqlite"
    floor_tool = "sqlite3"

    def __init__(self, work):
        self.work = work
        self.made = set()

    def location(self, name):
        return os.path.join(self.work, f"{name}.sqlite")

    def fresh(self, name):
        """No store under `name` (a command given `--create` makes it)."""
        self._remove(self.location(name))
        self.made.add(name)
        return self.location(name)

    def copy(self, source, target):
        copy_store(self.location(source), self.location(target))
        self.made.add(target)
        return self.location(target)

    def floor(self, name, sql):
        """sqlite3 running `sql` on the store, its rows printed to /dev/null."""
        return timed(["sqlite3", self.location(name), sql])

    def remove_all(self):
        """The stores made so far (a `--work` folder may hold other files)."""
        for name in self.made:
            self._remove(self.location(name))
        self.made.clear()

    @staticmethod
    def _remove(path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)


class PostgresStores:
    """Databases on the server `url` names (`postgresql://user@host:port/db`, a role allowed to create
    databases): `name` becomes the database `casedesk_bench_name` on that server, made and dropped through
    psql connected to the URL's own database."""
    backend = "postgresql"
    floor_tool = "psql"
    prefix = "casedesk_bench_"

    def __init__(self, url):
        self.url = url
        self.made = set()
        self.admin(["SELECT 1"])  # a server that cannot be reached stops the benchmark before any figure

    def location(self, name):
        parts = urllib.parse.urlsplit(self.url)
        return urllib.parse.urlunsplit(parts._replace(path="/" + self.prefix + name))

    def admin(self, statements):
        """Each statement through psql on the URL's database, in autocommit (CREATE DATABASE needs it)."""
        argv = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.url]
        for statement in statements:
            argv += ["-c", statement]
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode != 0:
            raise SystemExit(f"psql on {self.url} failed: {done.stderr.decode(errors='replace').strip()[-600:]}")

    def fresh(self, name):
        """An empty database under `name` (a command given `--create` makes the store in it)."""
        database = self.prefix + name
        self.admin([f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)', f'CREATE DATABASE "{database}"'])
        self.made.add(database)
        return self.location(name)

    def copy(self, source, target):
        """A copy of the database: the server copies its files (FILE_COPY), as `cp` copies a store file,
        instead of writing every page to its WAL."""
        database = self.prefix + target
        self.admin([f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)',
                    f'CREATE DATABASE "{database}" TEMPLATE "{self.prefix + source}" STRATEGY FILE_COPY'])
        self.made.add(database)
        return self.location(target)

    def floor(self, name, sql):
        """psql running `sql` on the store's database, its rows printed unaligned (`-A`, as sqlite3's list
        mode prints them) to /dev/null."""
        return timed(["psql", "-X", "-q", "-A", "-d", self.location(name), "-c", sql])

    def remove_all(self):
        self.admin([f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)' for database in sorted(self.made)])
        self.made.clear()
