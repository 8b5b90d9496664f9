<?php
/**
 * Plugin Name: Polylang REST shape (news-widgets integration test)
 * Description: The REST surface that Polylang Pro documents (polylang.pro/doc/rest-api), over plain
 *   meta, because Polylang cannot be installed offline: a `lang` field (slug, or false), a
 *   `translations` field (slug => id, the object itself included; [] without a language) on posts,
 *   categories and tags, and a `lang` collection parameter whose enum is the site's languages.
 *   Installed as a must-use plugin by scripts/test-wordpress.mjs; never used outside that test.
 */

const NEWS_TEST_LANGUAGES = array( 'kk', 'ru' );

/** Where the meta of a REST object type lives: 'post' for posts, 'term' for categories and tags. */
function news_test_meta_type( $object_type ) {
	return 'post' === $object_type ? 'post' : 'term';
}

add_action(
	'rest_api_init',
	function () {
		$context = array( 'view', 'edit', 'embed' );
		$lang    = array(
			'get_callback' => function ( $object, $field, $request, $object_type ) {
				$lang = get_metadata( news_test_meta_type( $object_type ), $object['id'], '_news_lang', true );
				return $lang ? $lang : false;
			},
			'schema'       => array(
				'description' => 'Language slug of the object.',
				'type'        => array( 'string', 'boolean' ),
				'context'     => $context,
			),
		);
		$translations = array(
			'get_callback' => function ( $object, $field, $request, $object_type ) {
				$translations = get_metadata( news_test_meta_type( $object_type ), $object['id'], '_news_translations', true );
				return is_array( $translations ) ? $translations : array();
			},
			'schema'       => array(
				'description' => 'Ids of the object in every language, by language slug.',
				'type'        => array( 'object', 'array' ),
				'context'     => $context,
			),
		);
		// Terms' REST fields are keyed by their schema title, which for post_tag is 'tag'.
		foreach ( array( 'post', 'category', 'tag' ) as $type ) {
			register_rest_field( $type, 'lang', $lang );
			register_rest_field( $type, 'translations', $translations );
		}
	}
);

$news_test_lang_param = function ( $params ) {
	$params['lang'] = array(
		'description' => 'Limit the result set to objects in one language.',
		'type'        => 'string',
		'enum'        => NEWS_TEST_LANGUAGES,
	);
	return $params;
};
add_filter( 'rest_post_collection_params', $news_test_lang_param );
add_filter( 'rest_category_collection_params', $news_test_lang_param );
add_filter( 'rest_post_tag_collection_params', $news_test_lang_param );

$news_test_lang_query = function ( $args, $request ) {
	if ( ! empty( $request['lang'] ) ) {
		$args['meta_query'] = array(
			array(
				'key'   => '_news_lang',
				'value' => $request['lang'],
			),
		);
	}
	return $args;
};
add_filter( 'rest_post_query', $news_test_lang_query, 10, 2 );
add_filter( 'rest_category_query', $news_test_lang_query, 10, 2 );
add_filter( 'rest_post_tag_query', $news_test_lang_query, 10, 2 );
