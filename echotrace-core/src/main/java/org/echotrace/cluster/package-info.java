/** Cluster: relations in, {@link org.echotrace.model.Story} groups out. Event and narrative clustering come later. */
package org.echotrace.cluster;
