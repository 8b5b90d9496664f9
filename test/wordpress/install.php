<?php
/**
 * Installs WordPress without a browser or wp-cli and creates the bilingual test content of
 * content.json: authors (one with her position as biographical info), kk/ru categories and tags,
 * published posts with featured images (JPEGs drawn with GD, so WordPress makes every size), a
 * draft and a private post. Languages and translations are stored as the must-use plugin
 * polylang-rest-shape.php reads them. Prints the ids it created as JSON.
 *
 * Usage (by scripts/test-wordpress.mjs): NEWS_WP_CONFIG=… NEWS_WP_HOST=127.0.0.1:PORT php install.php content.json
 */

$_SERVER['HTTP_HOST']        = getenv( 'NEWS_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'NEWS_WP_CONFIG' );
define( 'WP_INSTALLING', true );

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$site = json_decode( file_get_contents( $argv[1] ), true );

// There is no mail server: skip the "new site" notification.
add_filter( 'pre_wp_mail', '__return_false' );
$installed = wp_install( $site['title'], 'admin', 'admin@example.invalid', true, '', wp_generate_password( 24 ) );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() . "\n" );
	exit( 1 );
}

update_option( 'timezone_string', $site['timezone'] );
update_option( 'blogdescription', '' );
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( $site['permalinks'] );
$wp_rewrite->flush_rules( false );
// "Hello world!" and the sample page: the site holds only the test content.
wp_delete_post( 1, true );
wp_delete_post( 2, true );

/** Gives every object of a story its language and the ids of all its versions. */
function news_test_link_translations( $meta_type, $objects ) {
	$stories = array();
	foreach ( $objects as $object ) {
		$stories[ $object['story'] ][ $object['lang'] ] = $object['id'];
	}
	foreach ( $objects as $object ) {
		update_metadata( $meta_type, $object['id'], '_news_lang', $object['lang'] );
		update_metadata( $meta_type, $object['id'], '_news_translations', $stories[ $object['story'] ] );
	}
}

$ids = array(
	'authors'    => array(),
	'categories' => array(),
	'tags'       => array(),
	'posts'      => array(),
);

foreach ( $site['authors'] as $author ) {
	$id = wp_insert_user(
		array(
			'user_login'   => $author['key'],
			'user_pass'    => wp_generate_password( 24 ),
			'user_email'   => $author['key'] . '@example.invalid',
			'display_name' => $author['name'],
			'nickname'     => $author['name'],
			'description'  => $author['description'],
			'role'         => 'author',
		)
	);
	$ids['authors'][ $author['key'] ] = $id;
}

foreach ( array( 'categories' => 'category', 'tags' => 'post_tag' ) as $list => $taxonomy ) {
	$terms = array();
	foreach ( $site[ $list ] as $term ) {
		// Categories get hand-set Latin slugs; tags keep the ones WordPress makes (percent-encoded Cyrillic).
		$args    = 'category' === $taxonomy ? array( 'slug' => $term['key'] ) : array();
		$created = wp_insert_term( $term['name'] ?? $term['key'], $taxonomy, $args );
		$terms[] = $term + array( 'id' => $created['term_id'] );
		$ids[ $list ][ $term['key'] ] = $created['term_id'];
	}
	news_test_link_translations( 'term', $terms );
}

/** A 1200×675 JPEG in the post's colour, with a few shapes so it reads as a picture. */
function news_test_draw_image( $file, $color ) {
	list( $r, $g, $b ) = sscanf( $color, '#%02x%02x%02x' );
	$image             = imagecreatetruecolor( 1200, 675 );
	imagefill( $image, 0, 0, imagecolorallocate( $image, $r, $g, $b ) );
	$light = imagecolorallocatealpha( $image, 255, 255, 255, 90 );
	imagefilledellipse( $image, 900, 250, 520, 520, $light );
	imagefilledrectangle( $image, 120, 420, 700, 560, $light );
	imagefilledrectangle( $image, 120, 600, 460, 630, $light );
	imagejpeg( $image, $file, 82 );
	imagedestroy( $image );
}

/** Creates one post (published or not) with its featured image; returns its id. */
function news_test_insert_post( $post, $ids, $status ) {
	$date    = $post['date'] ?? '2026-01-15T10:00:00';
	$author  = $ids['authors'][ $post['author'] ];
	$uploads = wp_upload_dir( substr( $date, 0, 4 ) . '/' . substr( $date, 5, 2 ) );
	$file    = $uploads['path'] . '/' . $post['image']['name'] . '.jpg';
	news_test_draw_image( $file, $post['image']['color'] );
	$image = wp_insert_attachment(
		array(
			'post_mime_type' => 'image/jpeg',
			'post_title'     => $post['image']['name'],
			'post_excerpt'   => $post['image']['caption'],
			'post_status'    => 'inherit',
			'post_author'    => $author,
			'post_date'      => str_replace( 'T', ' ', $date ),
		),
		$file
	);
	wp_update_attachment_metadata( $image, wp_generate_attachment_metadata( $image, $file ) );
	update_post_meta( $image, '_wp_attachment_image_alt', $post['image']['alt'] );

	$id = wp_insert_post(
		array(
			'post_title'    => $post['title'],
			'post_content'  => $post['content'],
			'post_excerpt'  => $post['excerpt'] ?? '',
			'post_status'   => $status,
			'post_author'   => $author,
			'post_date'     => str_replace( 'T', ' ', $date ),
			'post_date_gmt' => isset( $post['date_gmt'] ) ? str_replace( 'T', ' ', $post['date_gmt'] ) : '',
			'post_category' => array( $ids['categories'][ $post['category'] ] ),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	wp_set_post_terms( $id, array_map( fn( $tag ) => $ids['tags'][ $tag ], $post['tags'] ?? array() ), 'post_tag' );
	set_post_thumbnail( $id, $image );
	wp_update_post( array( 'ID' => $image, 'post_parent' => $id ) );
	return $id;
}

$posts = array();
foreach ( $site['posts'] as $post ) {
	$id                           = news_test_insert_post( $post, $ids, 'publish' );
	$posts[]                      = $post + array( 'id' => $id );
	$ids['posts'][ $post['key'] ] = $id;
}
news_test_link_translations( 'post', $posts );

foreach ( $site['hidden'] as $post ) {
	$id = news_test_insert_post( $post, $ids, $post['status'] );
	news_test_link_translations( 'post', array( $post + array( 'id' => $id, 'story' => $post['key'] ) ) );
	$ids['posts'][ $post['key'] ] = $id;
}

// The README's quickstart in a Custom HTML block (NEWS_WP_QUICKSTART: the block markup as the
// editor stores it), saved by the admin: only users with unfiltered_html keep its <script>, and
// setting the current user re-runs kses_init, which lifts the filters for the admin.
$quickstart = getenv( 'NEWS_WP_QUICKSTART' );
if ( $quickstart ) {
	$admin = get_user_by( 'login', 'admin' );
	wp_set_current_user( $admin->ID );
	$content = preg_replace_callback( '/\{\{post:([\w-]+)\}\}/', fn( $match ) => $ids['posts'][ $match[1] ], $quickstart );
	$id      = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_title'   => 'Quickstart',
			'post_name'    => 'quickstart',
			'post_content' => wp_slash( $content ),
			'post_status'  => 'publish',
			'post_author'  => $admin->ID,
		),
		true
	);
	if ( is_wp_error( $id ) || get_post( $id )->post_content !== $content ) {
		fwrite( STDERR, 'the quickstart page was not stored as written: ' . ( is_wp_error( $id ) ? $id->get_error_message() : get_post( $id )->post_content ) . "\n" );
		exit( 1 );
	}
	wp_set_current_user( 0 );
	$ids['pages']['quickstart'] = array(
		'id'  => $id,
		'url' => get_permalink( $id ),
	);
}

echo wp_json_encode( $ids ), "\n";
