vcl 4.1;
# Overheid van Nu: the HTTP cache in front of the gunicorn nodes (Varnish 7
# with varnish-modules' xkey). See docs/deploy.md.
#
# - Caches anonymous GET/HEAD of pages, listings with any filters, feeds, the
#   sitemap, the API, static files and public image renditions, for as long
#   as the app's Cache-Control says (public, max-age; stale-while-revalidate
#   becomes grace).
# - Never caches the admin, previews, search with a query, POSTs, or any
#   request carrying a session cookie; never stores a response that sets a
#   cookie, so no Set-Cookie reaches anyone else.
# - The app tags responses with surrogate keys (`xkey` header) and purges by
#   key on every editorial change: `PURGE /` with `xkey-purge: key1 key2`,
#   from the addresses in the `purgers` ACL only. `PURGE /some/url` (with
#   the public Host) purges one address, its http and https copies alike.
# - Compresses HTML, feeds, JSON, CSS and JS (gzip), stored once.
# - Nothing a client sends moves a path or an address: SCRIPT_NAME, PATH_INFO,
#   X-Original-URL and X-Rewrite-URL are removed from every request, and the
#   X-Forwarded-* headers of anyone but the TLS proxy in front (the
#   `tls_proxies` ACL, deploy/nginx.conf) before Varnish sets its own.

import std;
import xkey;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .max_connections = 200;
}

# Who may purge: the app nodes (and their task workers). Add their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

# The TLS proxy in front (deploy/nginx.conf): the only client whose
# forwarding headers (the visitor's address, https) are believed. Add its
# addresses; on the same host it connects from the loopback.
acl tls_proxies {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Headers that move a path or the script prefix in some server or
    # framework (gunicorn honours SCRIPT_NAME from a proxy it trusts) are
    # never the client's to set, whoever sends them.
    unset req.http.SCRIPT_NAME;
    unset req.http.PATH_INFO;
    unset req.http.X-Original-URL;
    unset req.http.X-Rewrite-URL;
    if (client.ip !~ tls_proxies) {
        # Not our TLS proxy: whatever forwarding headers came along are the
        # client's own. Varnish has already appended client.ip to
        # X-Forwarded-For (before vcl_recv); keep that entry alone.
        set req.http.X-Forwarded-For = client.ip;
        unset req.http.X-Forwarded-Proto;
        unset req.http.X-Forwarded-Protocol;
        unset req.http.X-Forwarded-Ssl;
        unset req.http.X-Forwarded-Host;
        unset req.http.X-Forwarded-Port;
        unset req.http.X-Forwarded-Server;
        unset req.http.X-Forwarded-Prefix;
        unset req.http.X-Forwarded-Scheme;
        unset req.http.X-Real-IP;
        unset req.http.Forwarded;
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.x-purged + " objects"));
        }
        # One address (Host + URL), under each scheme it may be stored for
        # (vcl_hash): as the purger sent it, then http, then https; vcl_purge
        # restarts for the next.
        if (req.restarts == 1) {
            set req.http.X-Forwarded-Proto = "http";
        } elsif (req.restarts == 2) {
            set req.http.X-Forwarded-Proto = "https";
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The editors' admin (previews live under it too) and the private paths.
    if (req.url ~ "^/(admin|documents|healthz)(/|$|\?)" || req.url ~ "^/zoeken/") {
        return (pass);
    }
    # A text query is personal and rarely repeated: search with a query, and
    # listings narrowed by one, go to the app.
    if (req.url ~ "[?&]q=[^&]") {
        return (pass);
    }
    # Forms that hand out a CSRF cookie.
    if (req.url ~ "^/(volgen|contact)/") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Logged in (an editor): always fresh from the app.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Any other cookie changes nothing the public sees.
    unset req.http.Cookie;
    # Tracking parameters do not change a page either.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "\1");
    set req.url = regsub(req.url, "[?&]+$", "");
    return (hash);
}

sub vcl_hash {
    # http and https differ (production redirects http to https).
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_purge {
    if (req.restarts < 2) {
        return (restart);
    }
    return (synth(200, "Purged"));
}

sub vcl_backend_response {
    # Never store a response that sets a cookie or that the app calls private.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|atom\+xml|rss\+xml|javascript|ld\+json)|image/svg)") {
        set beresp.do_gzip = true;
    }
    # Server errors are not kept (the probe takes a failing node out).
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Surrogate keys are for this cache only (ask with `X-Debug-Keys: 1` from a purger).
    if (!(req.http.X-Debug-Keys && client.ip ~ purgers)) {
        unset resp.http.xkey;
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
