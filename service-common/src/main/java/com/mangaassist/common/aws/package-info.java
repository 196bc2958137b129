/** AWS SDK clients built from properties (region, endpoints, credentials) and physical resource names. */
package com.mangaassist.common.aws;
