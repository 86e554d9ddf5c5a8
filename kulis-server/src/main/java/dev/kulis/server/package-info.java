/** The HTTP JSON API over an {@link dev.kulis.store.Archive} and the web UI's static files. */
package dev.kulis.server;
