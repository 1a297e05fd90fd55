/** Implementation helpers. Please don't depend on the APIs here: they change without notice. */
package org.echotrace.internal;
