/** Child processes of the local stack that die with their parent, and the servers run as such. */
package com.mangaassist.localaws.process;
