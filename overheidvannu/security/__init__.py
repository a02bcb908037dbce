"""The admin's doors: lockout after failed logins, two-factor authentication
and the security headers. Site-wide; no content app imports from here."""
