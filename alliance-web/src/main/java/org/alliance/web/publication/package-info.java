/**
 * A plan's public page: the administrators' choices and publishing, and the public pages,
 * CSV and feed that anyone can read without signing in.
 */
@NullMarked
package org.alliance.web.publication;

import org.jspecify.annotations.NullMarked;
