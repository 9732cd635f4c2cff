/**
 * Personal access tokens for the API: only their digests are stored.
 */
@NullMarked
package org.alliance.persistence.token;

import org.jspecify.annotations.NullMarked;
