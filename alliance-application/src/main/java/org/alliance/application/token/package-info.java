/**
 * Personal access tokens: made, listed, revoked and checked.
 */
@NullMarked
package org.alliance.application.token;

import org.jspecify.annotations.NullMarked;
