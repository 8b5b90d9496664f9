<?php
/**
 * Router for PHP's built-in server in front of Debian's WordPress, as scripts/test-wordpress.mjs
 * runs it: `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`, with NEWS_WP_CONFIG naming
 * the /etc/wordpress/config-*.php file and NEWS_WP_CONTENT the test's own wp-content folder.
 * Uploads come from that folder; core files are served as they are; everything else (the REST
 * API under /wp-json/, permalinks) goes to WordPress's index.php, as Apache's rewrite rules would.
 */

// Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'NEWS_WP_CONFIG' );

$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( str_starts_with( $path, '/wp-content/uploads/' ) ) {
	$uploads = realpath( getenv( 'NEWS_WP_CONTENT' ) . '/uploads' );
	$file    = realpath( $uploads . substr( $path, strlen( '/wp-content/uploads' ) ) );
	if ( $file && str_starts_with( $file, $uploads . '/' ) && is_file( $file ) ) {
		header( 'Content-Type: ' . ( mime_content_type( $file ) ?: 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
	} else {
		http_response_code( 404 );
	}
	return true;
}

if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
